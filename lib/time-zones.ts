/** The IANA zones this runtime knows, UTC first. */
export function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return ["UTC", ...zones.filter((zone) => zone !== "UTC")];
}
