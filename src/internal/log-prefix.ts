/** What starts every console line the library writes, so a webmaster can filter for it. */
export const LOG_PREFIX = '[parent-champion-widgets]';
