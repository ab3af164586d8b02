/**
 * GET /health (for a host's checks: is the database answering?) and GET /summary: the published
 * feedback counts per service, only for services with at least the scheme's minimum of
 * responses, and never a comment: the section `<pc-feedback-summary>` reads.
 */
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';

export interface FeedbackSummary {
  generatedAt: string;
  minimumResponses: number;
  services: { serviceId: string; responses: number; ratings: [number, number, number, number, number] }[];
}

export async function publicRoutes(app: FastifyInstance, options: { store: Store; summaryMinimum: number; now: () => Date }): Promise<void> {
  const { store } = options;
  app.get('/health', async (request, reply) => {
    try {
      await store.count('signup');
      return { status: 'ok', database: store.engine };
    } catch (error) {
      request.log.error({ err: { message: (error as Error).message } }, 'database not answering');
      return reply.code(503).send({ status: 'unavailable', database: store.engine });
    }
  });

  app.get('/summary', async (_request, reply): Promise<FeedbackSummary> => {
    const counts = await store.ratingCounts();
    // Published data: any page may read it, and a cache may keep it for a few minutes.
    reply.header('Access-Control-Allow-Origin', '*').header('Cache-Control', 'public, max-age=300');
    return {
      generatedAt: options.now().toISOString(),
      minimumResponses: options.summaryMinimum,
      services: counts.filter((c) => c.responses >= options.summaryMinimum),
    };
  });
}
