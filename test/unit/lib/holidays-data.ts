/** The real holiday reference data, for unit tests. */
import { readFileSync } from 'node:fs';
import { makeHolidayCalendar, type HolidayData } from '../../../src/lib/holidays';

export const holidayData = JSON.parse(
  readFileSync(new URL('../../../content/reference/holidays-cn.json', import.meta.url), 'utf8'),
) as HolidayData;
export const calendar = makeHolidayCalendar(holidayData);
