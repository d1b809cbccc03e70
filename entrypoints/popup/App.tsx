import { translator } from '@/utils/i18n';

export function App() {
  const t = translator('zh_CN');
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
    </main>
  );
}
