/// <reference types="vite/client" />
/**
 * Issue #18: hostile feeds must never block the page. Each `hostile-*.ts` beside this file
 * registers cases for one kind of attack (text built to make regexes backtrack, recurrences
 * from year 0100, sessions that end in 9999, a list of 5,000 daily events), each with the
 * 200 ms goal for the longest task at full speed. Tests only check that nothing takes over a
 * second; the figures against the goal are read here.
 */
import.meta.glob('./hostile-*.ts', { eager: true });
