// The parts of pdfmake 0.3's internal modules (its CommonJS build in pdfmake/js/) that pdf.tagged.ts uses to lay
// out with pdfmake and render with its own tagging renderer. Neither @types/pdfmake nor pdfmake describe them.
declare module 'pdfmake/js/PDFDocument.js' {
  const PDFDocument: unknown;
  export default PDFDocument;
}
declare module 'pdfmake/js/LayoutBuilder.js' {
  const LayoutBuilder: unknown;
  export default LayoutBuilder;
}
declare module 'pdfmake/js/Renderer.js' {
  const Renderer: unknown;
  export default Renderer;
}
declare module 'pdfmake/js/SVGMeasure.js' {
  const SVGMeasure: unknown;
  export default SVGMeasure;
}
declare module 'pdfmake/js/PageSize.js' {
  export const normalizePageSize: unknown;
  export const normalizePageMargin: unknown;
}
declare module 'pdfmake/js/tableLayouts.js' {
  export const tableLayouts: unknown;
}
