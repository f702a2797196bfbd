// The chart a port can insert: the series come from core (src/core/charts/performance.ts).
export type { PerformanceChart, PerformancePoint } from "../core/charts/performance";
