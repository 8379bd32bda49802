import { render } from 'preact';
import { App } from './App';
import { t, uiLang } from './i18n';
import './style.css';

document.documentElement.lang = uiLang();
document.title = t('extName');
render(<App />, document.getElementById('app')!);
