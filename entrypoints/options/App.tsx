import { translator } from '@/utils/i18n';

export function App() {
  const t = translator('zh_CN');
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
    </main>
  );
}
