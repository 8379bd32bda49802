import { defineBackground } from '#imports';

export default defineBackground(() => {
  // placeholder: the segmenter host is wired in by the extension work
});
