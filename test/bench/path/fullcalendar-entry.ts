// FullCalendar 6 (core + day grid) as one minified file for the path bench's peer case
// (scripts/bench-path.mjs builds it into bench-results/): a site loads it as one script too.
export { Calendar } from '@fullcalendar/core';
export { default as dayGridPlugin } from '@fullcalendar/daygrid';
