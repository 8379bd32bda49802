// Lives inside the shadow root: page CSS cannot reach in, and none of this leaks out.
export const TOOLTIP_CSS = `
:host{all:initial}
.tip{position:fixed;top:0;left:0;z-index:2147483647;box-sizing:border-box;max-width:min(420px,calc(100vw - 16px));
  max-height:min(60vh,480px);display:flex;flex-direction:column;overflow:hidden;padding:12px 14px;border-radius:8px;
  background:#fffdf8;color:#1d1d1f;border:1px solid #d9cdb8;box-shadow:0 6px 24px rgba(0,0,0,.18);
  font:14px/1.6 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;text-align:left}
.tip[hidden]{display:none}
.body{display:flex;flex-direction:column;min-height:0;flex:1 1 auto}
.scroll{overflow:auto;overscroll-behavior:contain;min-height:0;flex:1 1 auto;margin:0 -4px;padding:0 4px}
.scroll:focus-visible{outline:2px solid #0b57d0;outline-offset:-2px}
/* An overlay, not a row: showing it must not change the card's height, or flip/size would
   move the card back and forth between below and above the line. */
.more{position:absolute;left:0;right:0;bottom:0;padding:10px 14px 6px;font-size:12.5px;color:#5b554b;text-align:center;
  pointer-events:none;border-radius:0 0 8px 8px;background:linear-gradient(#fffdf800,#f3ead9 45%)}
.english{margin:0 0 6px;font-size:13.5px}
.english-mark{font-size:12px;color:#5b554b;white-space:nowrap}
.english[data-official=yes] .english-mark{color:#17603f}
.controls{display:flex;gap:2px;margin-left:auto}
button.ctl{all:unset;box-sizing:border-box;min-width:28px;height:28px;padding:0 4px;display:inline-grid;place-items:center;cursor:pointer;border-radius:6px;
  font-size:16px;line-height:28px;color:#5b554b}
button.ctl:hover{background:#f1e6d0}
button.ctl[aria-pressed=true]{background:#f1e6d0;color:#8a3b12}
button.ctl:focus-visible{outline:2px solid #0b57d0}
.live{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.head{display:flex;align-items:baseline;flex-wrap:wrap;gap:4px 10px;margin-bottom:6px}
.term{font-size:18px;font-weight:700}
.pinyin{color:#6b6457}
.canon{color:#6b6457;font-size:15px}
.cat{font-size:12px;padding:0 6px;border-radius:4px;background:#f7efc0;color:#5f4b00;border-bottom:2px solid #968000}
.cat.enumeration{background:#deebfb;color:#174a8b;border-bottom:3px double #0050be}.cat.policy{background:#fbe3e3;color:#8f1d1d;border-bottom:2px dotted #b41e1e}
section{margin-top:8px;padding-top:8px;border-top:1px solid #ece3d3}
h2{margin:0 0 4px;font-size:13px;font-weight:700;color:#8a3b12}
h2 small{font-weight:400;color:#6b6457;margin-left:6px}
ul{margin:2px 0 4px;padding-left:20px}li{margin:1px 0}
b.member{font-weight:600}
.item{color:#5b554b;font-size:12.5px}
.detail{color:#5b554b}
p{margin:2px 0}
.src{font-size:12.5px;color:#5b554b}
cite{font-style:normal}
q{quotes:"“" "”"}
q.quote{display:block;color:#6b6457}
button.jump{all:unset;cursor:pointer;color:#0b57d0;font-size:13px;text-decoration:underline}
button.jump:focus-visible,a.jump:focus-visible{outline:2px solid #0b57d0}
a.jump{color:#0b57d0;font-size:13px}
.dark a.jump{color:#8ab4f8}
/* Dark pages (decided from the page's own background, not the OS theme: see page-theme.ts). */
.tip.dark{background:#23211d;color:#f1ece2;border-color:#4a4337;box-shadow:0 6px 24px rgba(0,0,0,.5)}
.dark .pinyin,.dark .canon,.dark q.quote,.dark .item,.dark .detail,.dark .src,.dark h2 small,.dark .english-mark,.dark .more,.dark button.ctl{color:#bdb4a4}
.dark section{border-top-color:#3d372d}.dark h2{color:#f0a36b}
.dark .more{background:linear-gradient(#23211d00,#332f28 45%)}
.dark button.ctl:hover,.dark button.ctl[aria-pressed=true]{background:#4a3b1c;color:#f5d9a0}.dark button.jump{color:#8ab4f8}
.dark .cat{background:#4a3b1c;color:#f5d9a0}.dark .cat.enumeration{background:#1c3350;color:#b9d5f7}
.dark .cat.policy{background:#173a2a;color:#b5e6cb}
.dark .cat.enumeration{background:#2e2350;color:#d4c6ff}
`;
