import type ExcelJS from 'exceljs';

/**
 * Libraries that only some requests need are loaded on first use: importing exceljs (~1 s) and
 * pdfmake (~0.5 s, pdf/pdf-renderer.ts) at start-up made every API start, and every integration
 * test file, wait for modules most requests never use.
 */
let excel: Promise<typeof ExcelJS> | null = null;

/** exceljs (XLSX imports and exports). */
export function loadExcel(): Promise<typeof ExcelJS> {
  excel ??= import('exceljs').then((module) => module.default);
  return excel;
}
