import { render } from 'preact';
import { t, uiLang } from '../popup/i18n';
import { Options } from './Options';
import '../popup/style.css';

document.documentElement.lang = uiLang();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
