// Reads an iCalendar file the way Thunderbird and Nextcloud do (Mozilla's ical.js) and prints
// every occurrence between two instants as JSON lines: uid, start and end in UTC, status.
// Usage: node ical_occurrences.cjs FILE FROM_ISO TO_ISO
const fs = require("node:fs");
const ICAL = require("ical.js");

const [file, fromIso, toIso] = process.argv.slice(2);
const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, "utf8")));
for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(vtimezone);
}
const from = ICAL.Time.fromJSDate(new Date(fromIso), true);
const to = ICAL.Time.fromJSDate(new Date(toIso), true);

// A moved date is a second VEVENT with the series' UID and a RECURRENCE-ID: ical.js relates it
// to its series, as a calendar app does.
const byUid = new Map();
for (const component of calendar.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(component);
  const entry = byUid.get(event.uid) || { series: null, exceptions: [] };
  if (event.isRecurrenceException()) entry.exceptions.push(event);
  else entry.series = event;
  byUid.set(event.uid, entry);
}

const out = [];
function emit(uid, start, end, status) {
  if (end.compare(from) <= 0 || start.compare(to) >= 0) return;
  out.push({ uid, start: start.toJSDate().toISOString(), end: end.toJSDate().toISOString(), status });
}
for (const [uid, { series, exceptions }] of byUid) {
  if (series === null) {
    for (const e of exceptions) emit(uid, e.startDate, e.endDate, e.component.getFirstPropertyValue("status"));
    continue;
  }
  for (const e of exceptions) series.relateException(e);
  const status = series.component.getFirstPropertyValue("status");
  if (!series.isRecurring()) {
    emit(uid, series.startDate, series.endDate, status);
    continue;
  }
  const iterator = series.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (next.compare(to) >= 0) break;
    const details = series.getOccurrenceDetails(next);
    emit(uid, details.startDate, details.endDate, details.item.component.getFirstPropertyValue("status") || status);
  }
}
process.stdout.write(JSON.stringify(out));
