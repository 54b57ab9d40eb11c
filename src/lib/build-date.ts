/**
 * The build date decides measure status and the "today" line in charts. It is read once, from
 * RB_BUILD_DATE when set (tests pin it), otherwise from the clock in UTC.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const pinned = env['RB_BUILD_DATE'];
  if (pinned !== undefined && pinned !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error(`RB_BUILD_DATE muss JJJJ-MM-TT sein, gefunden: „${pinned}“`);
    return pinned;
  }
  return now.toISOString().slice(0, 10);
}
