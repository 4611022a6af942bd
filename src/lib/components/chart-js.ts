/**
 * Chart.js with only the parts the charts use, so the lazily loaded chunk stays small. Its tooltip
 * plugin is not among them: chart-readout.ts shows the value under the pointer instead; nor is its
 * filler: band-fill.ts fills the bands.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
} from "chart.js";
import { bandFill } from "./band-fill";

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  bandFill,
);

export { Chart };
