// opencc-js ships its dictionaries as ES modules exporting one string ("繁 简|繁 简|…") under
// the "./*" export, without type declarations.
declare module 'opencc-js/dict/*' {
  const data: string;
  export default data;
}
