/**
 * Chart.js with only the parts the charts use, so the lazily loaded chunk stays small. Its tooltip
 * plugin is not among them: chart-readout.ts shows the value under the pointer instead.
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

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
);

export { Chart };
