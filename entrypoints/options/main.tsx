import { render } from 'preact';
import { t, uiLang } from '../../lib/ui/i18n';
import { Options } from '../../ui/options/Options';
import '../../ui/popup/style.css';

document.documentElement.lang = uiLang();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
