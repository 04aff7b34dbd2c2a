/**
 * Printing an HTML report to PDF. The default adapter drives a headless Chromium
 * (src/adapters/pdf/chromium-pdf.ts); the workspace module picks it.
 */
export interface PdfPrinter {
  fromHtml(html: string): Promise<Buffer>;
}
