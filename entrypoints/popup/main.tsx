import { render } from 'preact';
import { App } from '../../ui/popup/App';
import { t, uiLang } from '../../lib/ui/i18n';
import '../../ui/popup/style.css';

document.documentElement.lang = uiLang();
document.title = t('extName');
render(<App />, document.getElementById('app')!);
