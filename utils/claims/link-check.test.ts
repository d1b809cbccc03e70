import { describe, expect, it } from 'vitest';
import { checkLinkHref } from './link-check';

const context = '互联网营销师证书查询';

describe('checkLinkHref', () => {
  it('accepts the official lookup and government sites', () => {
    expect(checkLinkHref('https://zscx.osta.org.cn/', { label: '证书查询', context })).toBeNull();
    expect(checkLinkHref('http://jndj.osta.org.cn/q?id=1', { label: '查询', context })).toBeNull();
    expect(checkLinkHref('http://rsj.beijing.gov.cn/cx', { label: '北京人社局查询', context })).toBeNull();
  });

  it('flags other lookup sites, and imitations of official ones', () => {
    expect(checkLinkHref('http://www.cert-cx.com/q', { label: '证书查询', context })).toMatchObject({
      ruleId: 'unofficial-lookup-site',
      verdict: 'misleading',
      host: 'cert-cx.com',
    });
    expect(checkLinkHref('https://osta-cx.com/', { label: '查询入口', context })?.ruleId).toBe('lookalike-official-site');
    expect(checkLinkHref('https://gov.cn.cert-cx.com/', { label: '查询入口', context })?.ruleId).toBe('lookalike-official-site');
    // Labelled as an official site but hosted elsewhere.
    expect(checkLinkHref('http://www.zgzs.net/', { label: '中國人事考試網', context })?.ruleId).toBe('lookalike-official-site');
    // The real 中国人事考试网 is not an imitation, only the wrong place for these certificates.
    expect(checkLinkHref('http://www.cpta.com.cn/', { label: '中国人事考试网', context })?.ruleId).toBe('unofficial-lookup-site');
  });

  it('needs a lookup presented on text about the certificates, outside warnings', () => {
    expect(checkLinkHref('http://www.cert-cx.com/', { label: '课程介绍', context: '互联网营销师课程' })).toBeNull();
    expect(checkLinkHref('http://www.cert-cx.com/', { label: '查询', context: '会计证查询' })).toBeNull();
    expect(checkLinkHref('http://www.cert-cx.com/', { label: '查询', context: '谨防假冒互联网营销师证书查询网站' })).toBeNull();
    expect(checkLinkHref('http://www.cert-cx.com/', { label: '证书查询' })).toBeNull();
    expect(checkLinkHref('http://www.cert-cx.com/', { label: '证书查询' }, { assumeCertContext: true })?.ruleId).toBe(
      'unofficial-lookup-site',
    );
  });

  it('ignores links that are not web addresses', () => {
    expect(checkLinkHref('javascript:void(0)', { label: '查询', context })).toBeNull();
    expect(checkLinkHref('mailto:a@b.com', { label: '查询', context })).toBeNull();
    expect(checkLinkHref('not a url', { label: '查询', context })).toBeNull();
  });
});
