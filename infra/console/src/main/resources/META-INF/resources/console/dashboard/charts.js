// Small charts drawn by hand as SVG (no library, nothing parsed as markup): horizontal bars, and bars of several
// series side by side or stacked. Every chart is an image with a title and an accessible name; the page always shows
// the same figures as a table next to it, so the chart only helps the eye. Colours are SVG presentation attributes
// (the content security policy allows them; it forbids style attributes).
import { h, uid } from '../core/dom.js';
import { number } from '../core/format.js';

/** Colours that stay apart for the colour-blind and print well in grey. */
export const PALETTE = ['#2f6f4f', '#d08c2b', '#1d4e89', '#9b2c2c', '#7a9a3a', '#6b7280', '#5b3f8c', '#b5651d'];

const WIDTH = 640;
const LABEL_WIDTH = 230;
const VALUE_WIDTH = 90;
const ROW = 26;
const BAR = 18;
const TOP = 6;
const FONT = 13;
const TEXT = '#1f2937';
const MAX_LABEL = 34;

const short = text => {
  const value = String(text ?? '');
  return value.length > MAX_LABEL ? `${value.slice(0, MAX_LABEL - 1)}…` : value;
};

function frame(title, height, content) {
  const titleId = uid('chart');
  return h('svg:svg', {
    class: 'chart', viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img',
    'aria-labelledby': titleId, 'font-size': FONT
  }, h('svg:title', { id: titleId }, title), content);
}

function rowLabel(y, text) {
  return h('svg:text', { x: LABEL_WIDTH - 8, y: y + BAR / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle',
                         fill: TEXT, class: 'chart-label' }, short(text));
}

function valueText(x, y, text) {
  return h('svg:text', { x: x + 6, y, 'dominant-baseline': 'middle', fill: TEXT, class: 'chart-value' }, text);
}

const scale = max => value => max > 0 ? Math.max(0, (value / max) * (WIDTH - LABEL_WIDTH - VALUE_WIDTH)) : 0;

/**
 * One series: rows [{label, value}], each a bar with its value written at its end.
 * options: {title, format (value → text, default number), color}
 */
export function barChart({ title, rows, format = number, color = PALETTE[0] }) {
  const width = scale(Math.max(0, ...rows.map(r => Number(r.value) || 0)));
  const height = TOP * 2 + rows.length * ROW;
  return frame(title, height, rows.map((row, i) => {
    const y = TOP + i * ROW + (ROW - BAR) / 2;
    const w = width(Number(row.value) || 0);
    return h('svg:g', { class: 'bar' },
      h('svg:title', {}, `${row.label}: ${format(row.value)}`),
      rowLabel(y, row.label),
      h('svg:rect', { x: LABEL_WIDTH, y, width: w.toFixed(1), height: BAR, fill: color, rx: 2 }),
      valueText(LABEL_WIDTH + w, y + BAR / 2, format(row.value)));
  }));
}

/**
 * Several series per row: series [{label, color?}], rows [{label, values: [n per series]}].
 * mode 'stacked': one bar per row made of its series, the row's total at its end;
 * mode 'grouped': one thinner bar per series under each other, each with its value.
 */
export function seriesChart({ title, series, rows, mode = 'stacked', format = number }) {
  const colors = series.map((s, i) => s.color || PALETTE[i % PALETTE.length]);
  const legend = legendRows(series, colors);
  const top = legend.height + TOP;
  const values = row => series.map((s, i) => Number(row.values[i]) || 0);
  if (mode === 'grouped') {
    const thin = Math.max(8, Math.floor(BAR * 0.8));
    const rowHeight = series.length * (thin + 2) + 10;
    const width = scale(Math.max(0, ...rows.flatMap(values)));
    const height = top + rows.length * rowHeight + TOP;
    return frame(title, height, [legend.nodes, rows.map((row, r) => {
      const y0 = top + r * rowHeight;
      return h('svg:g', { class: 'bar-group' },
        h('svg:text', { x: LABEL_WIDTH - 8, y: y0 + (rowHeight - 10) / 2, 'text-anchor': 'end',
                        'dominant-baseline': 'middle', fill: TEXT, class: 'chart-label' }, short(row.label)),
        values(row).map((value, i) => {
          const y = y0 + i * (thin + 2);
          const w = width(value);
          return h('svg:g', { class: 'bar' },
            h('svg:title', {}, `${row.label} — ${series[i].label}: ${format(value)}`),
            h('svg:rect', { x: LABEL_WIDTH, y, width: w.toFixed(1), height: thin, fill: colors[i], rx: 2 }),
            valueText(LABEL_WIDTH + w, y + thin / 2, format(value)));
        }));
    })]);
  }
  const total = row => values(row).reduce((a, b) => a + b, 0);
  const width = scale(Math.max(0, ...rows.map(total)));
  const height = top + rows.length * ROW + TOP;
  return frame(title, height, [legend.nodes, rows.map((row, r) => {
    const y = top + r * ROW + (ROW - BAR) / 2;
    let x = LABEL_WIDTH;
    const segments = values(row).map((value, i) => {
      const w = width(value);
      const segment = h('svg:rect', { x: x.toFixed(1), y, width: w.toFixed(1), height: BAR, fill: colors[i] },
        h('svg:title', {}, `${row.label} — ${series[i].label}: ${format(value)}`));
      x += w;
      return segment;
    });
    return h('svg:g', { class: 'bar' },
      h('svg:title', {}, `${row.label}: ${series.map((s, i) => `${s.label} ${format(values(row)[i])}`).join('; ')}`),
      rowLabel(y, row.label), segments, valueText(x, y + BAR / 2, format(total(row))));
  })]);
}

/** The legend above a chart of several series: a swatch and a name each, wrapped to the chart's width. */
function legendRows(series, colors) {
  const nodes = [];
  let x = 0;
  let y = TOP;
  series.forEach((s, i) => {
    const text = short(s.label);
    const itemWidth = 18 + text.length * 7 + 16;
    if (x > 0 && x + itemWidth > WIDTH) {
      x = 0;
      y += 20;
    }
    nodes.push(h('svg:g', { class: 'legend' },
      h('svg:rect', { x, y, width: 12, height: 12, fill: colors[i], rx: 2 }),
      h('svg:text', { x: x + 18, y: y + 6, 'dominant-baseline': 'middle', fill: TEXT }, text)));
    x += itemWidth;
  });
  return { nodes, height: y + 20 };
}
