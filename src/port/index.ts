export * from "./port";
export * from "./fixes";
export * from "./chart";
