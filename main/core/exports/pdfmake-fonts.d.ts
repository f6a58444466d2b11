// pdfmake ships the paths of its Roboto fonts as a CommonJS module; @types/pdfmake does not describe it.
declare module 'pdfmake/fonts/Roboto.js' {
  const fonts: { Roboto: Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> };
  export default fonts;
}
