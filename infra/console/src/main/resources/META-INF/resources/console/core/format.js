// How the union writes things: dates dd/mm/yyyy, money in đồng with Vietnamese grouping, names sorted the
// Vietnamese way, searches that do not need diacritics.
import { lang } from './i18n.js';

const ZONE = 'Asia/Ho_Chi_Minh';

/** "2024-03-20" → "20/03/2024"; an instant → the Vietnamese day and time. Empty for nothing. */
export function date(value) {
  if (!value) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return String(value);
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23'
  }).formatToParts(instant).map(p => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/**
 * "20/03/2024" → "2024-03-20", strictly: an impossible day (31/02/1980) is refused, never moved to a valid one.
 * Returns undefined for empty input and null for a value that is not a date.
 */
export function parseDate(text) {
  const value = (text || '').trim();
  if (!value) return undefined;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!match) return null;
  const [, d, m, y] = match.map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today in Vietnam, as the API writes it. */
export function today() {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit'
  }).formatToParts(new Date()).map(p => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const grouping = new Intl.NumberFormat('vi-VN');

export function number(value) {
  return value === null || value === undefined || value === '' ? '' : grouping.format(value);
}

/** 12500000 → "12.500.000 ₫" */
export function vnd(value) {
  return value === null || value === undefined || value === '' ? '' : `${grouping.format(value)} ₫`;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order (Đ after D, tones after the base letter). */
export function compare(a, b) {
  return collator.compare(a ?? '', b ?? '');
}

/** "Lào Cai", "LÀO CAI" and the NFD spelling all fold to "lao cai". */
export function fold(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase().trim();
}

export function yesNo(value, t) {
  return value ? t('common.yes') : t('common.no');
}

export function languageTag() {
  return lang() === 'en' ? 'en-GB' : 'vi-VN';
}
