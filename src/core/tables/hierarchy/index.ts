// The hierarchy of a workbook's budget items (its types are in ../table.ts): items, PK parties, links.
export { buildHierarchy } from "./build";
export { budgetItems, itemKey } from "./items";
export { personKey, pkChain, supersededSheets } from "./parties";
export type { Level, BudgetItem, HierarchyLink, PkLink, Hierarchy } from "../table";
