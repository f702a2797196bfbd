// The port contract moved to src/port (it is not Excel-specific); kept so existing imports keep working.
export * from "../port";
