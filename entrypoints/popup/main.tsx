import { render } from 'preact';

render(<p>提法</p>, document.getElementById('app')!);
