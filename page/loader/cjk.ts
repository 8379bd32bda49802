/** Han characters (CJK Unified Ideographs, Extension A, Compatibility Ideographs). */
export const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
