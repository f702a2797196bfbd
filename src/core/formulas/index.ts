// Formulas shared by the custom functions and the validator rules. Pure: no Office globals.
export * from "./errors";
export * from "./capaian";
export * from "./efisiensi";
export * from "./merit";
export * from "./ikm";
export * from "./predikat";
export * from "./nip";
export * from "./sampel";
export * from "./read";
