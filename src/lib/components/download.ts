import type { ChartConfiguration } from "chart.js";
import {
  chartColors,
  legendOf,
  lightConfig,
  type LegendItem,
} from "../present/charts";

/** Hands the browser a file to save as `fileName`. */
export function download(fileName: string, file: Blob) {
  const url = URL.createObjectURL(file);
  const link = Object.assign(document.createElement("a"), {
    href: url,
    download: fileName,
  });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: some browsers start reading the file only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url));
}

/** A PNG's paper and ink: light whatever the page's theme, for the documents it is pasted into. */
const PAPER = "#ffffff";
const INK = chartColors("light").text;

/**
 * Saves a chart as a PNG: its title, its legend (drawn in HTML on the page) and the chart drawn
 * again off screen in the light theme's colours, the size it is on screen, on white.
 */
export async function downloadChart(
  fileName: string,
  shown: HTMLCanvasElement,
  title: string,
  config: ChartConfiguration,
) {
  const { Chart } = await import("./chart-js");
  const light = lightConfig(config);
  const legend = legendOf(light);
  const scale = shown.width / (shown.clientWidth || shown.width);
  const image = document.createElement("canvas");
  const context = image.getContext("2d");
  if (!context) return;
  const canvas = document.createElement("canvas");
  canvas.width = shown.clientWidth || shown.width;
  canvas.height = shown.clientHeight || shown.height;
  // Not responsive: drawn at once, at the canvas's size, times the screen's pixel ratio.
  const chart = new Chart(canvas, {
    ...light,
    options: { ...light.options, responsive: false, devicePixelRatio: scale },
  });
  const style = getComputedStyle(shown);
  const line = 22 * scale;
  const pad = 12 * scale;
  const font = (weight: number) =>
    `${weight} ${14 * scale}px ${style.fontFamily}`;
  // Legend entries flow into rows as wide as the chart.
  context.font = font(400);
  const rows: { item: LegendItem; x: number }[][] = [[]];
  let x = pad;
  for (const item of legend) {
    const width = 30 * scale + context.measureText(item.label).width;
    if (x + width > canvas.width - pad && rows.at(-1)!.length > 0) {
      rows.push([]);
      x = pad;
    }
    rows.at(-1)!.push({ item, x });
    x += width + 16 * scale;
  }
  const top = pad + line * (1 + rows.length);
  image.width = canvas.width;
  image.height = top + canvas.height;
  context.fillStyle = PAPER;
  context.fillRect(0, 0, image.width, image.height);
  context.fillStyle = INK;
  context.textBaseline = "middle";
  context.font = font(600);
  context.fillText(title, pad, pad + line / 2);
  context.font = font(400);
  rows.forEach((row, r) => {
    const y = pad + line * (r + 1.5);
    for (const { item, x } of row) {
      context.fillStyle = item.color;
      if (item.mark === "line") {
        context.strokeStyle = item.color;
        context.lineWidth = 3 * scale;
        context.setLineDash(item.dash.map((d) => d * scale));
        context.beginPath();
        context.moveTo(x, y);
        context.lineTo(x + 24 * scale, y);
        context.stroke();
      } else if (item.mark === "bar")
        context.fillRect(x + 5 * scale, y - 6 * scale, 14 * scale, 12 * scale);
      else context.fillText(item.mark, x + 6 * scale, y);
      context.fillStyle = INK;
      context.fillText(item.label, x + 30 * scale, y);
    }
  });
  context.drawImage(canvas, 0, top);
  chart.destroy();
  image.toBlob((blob) => blob && download(fileName, blob), "image/png");
}
