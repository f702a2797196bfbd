// A declared capaian column (6) = (5)/(4) whose formulas divide the other way: SAKIP-FORMULA-009 reports the column
// once (F8, the others related); SAKIP-RELASI-001 leaves those formula cells to it, so each cell carries one finding.
export { default } from "../../formulas/declared-formula-fires/build";
