/** POST /feedback and GET /summary on each engine: stored once, and published only at the scheme's minimum. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES, feedback, post, testReceiver } from './support.js';

for (const engine of ENGINES) {
  describe(`receiver on ${engine}: feedback and its summary`, () => {
    let receiver: Awaited<ReturnType<typeof testReceiver>>;
    before(async () => {
      receiver = await testReceiver(engine, { summaryMinimum: 3 });
    });
    after(() => receiver.close());

    it('stores feedback once per key and refuses a rating out of range or contact details not allowed', async () => {
      const payload = feedback('stay-and-play', 4, { wentWell: 'Kind staff' });
      assert.equal((await post(receiver.app, '/feedback', payload)).statusCode, 201);
      assert.equal((await post(receiver.app, '/feedback', payload)).statusCode, 201);
      assert.equal(await receiver.store.count('feedback'), 1);
      const six = await post(receiver.app, '/feedback', feedback('stay-and-play', 6));
      assert.equal(six.statusCode, 422);
      assert.equal((six.json() as { errors: { field: string }[] }).errors[0].field, 'answers.rating');
      const sneaky = await post(receiver.app, '/feedback', feedback('stay-and-play', 3, { email: 'someone@example.org' }));
      assert.equal(sneaky.statusCode, 422);
      // A sign-up sent to /feedback is not feedback.
      assert.equal((await post(receiver.app, '/feedback', { ...feedback('x', 3), form: 'signup' })).statusCode, 422);
    });

    it('publishes per service the count and the ratings, only at or above the minimum, and never a comment', async () => {
      for (const rating of [5, 5, 2]) await post(receiver.app, '/feedback', feedback('rhyme-time', rating, { couldBeBetter: 'A secret comment' }));
      await post(receiver.app, '/feedback', feedback('baby-massage', 1));
      const response = await receiver.app.inject({ method: 'GET', url: '/summary' });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['access-control-allow-origin'], '*');
      const summary = response.json() as { minimumResponses: number; services: { serviceId: string; responses: number; ratings: number[] }[] };
      assert.equal(summary.minimumResponses, 3);
      assert.deepEqual(
        summary.services.map((s) => [s.serviceId, s.responses, s.ratings]),
        [['rhyme-time', 3, [0, 1, 0, 0, 2]]],
      );
      assert.ok(!response.body.includes('secret'), 'no comment is published');
      assert.ok(!response.body.includes('baby-massage'), 'a service under the minimum is not named');
    });
  });
}
