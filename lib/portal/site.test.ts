import { describe, expect, it } from 'vitest';
import {
  isPortalUrl,
  isReportingCall,
  PORTAL_ASSESSMENT_URL,
  PORTAL_MATCHES,
  PORTAL_ORIGIN,
  reportingEndpointOf,
  reportingUrl,
} from './site';

describe('isReportingCall', () => {
  it.each([
    ['https://dichvucong.gov.vn/api/v1/reporting/evaluation/transparency', 'POST', true],
    ['https://dichvucong.gov.vn/api/v1/reporting/formalities', 'post', true],
    ['/api/v1/reporting/evaluation/service-results', 'POST', true],
    ['https://dichvucong.gov.vn/api/v1/reporting/evaluation/transparency', 'GET', false],
    ['https://dichvucong.gov.vn/api/v1/auth/login', 'POST', false],
    ['https://dichvucong.gov.vn/jsp/rest.jsp', 'POST', false],
    ['http://[bad', 'POST', false],
    ['https://elsewhere.example/api/v1/reporting/evaluation/transparency', 'POST', false],
  ])('%s %s → %s', (url, method, expected) => {
    expect(
      isReportingCall(url, method, 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu'),
    ).toBe(expected);
  });
});

describe('reporting endpoints', () => {
  it('are the path below the reporting root, and URLs are built back from them', () => {
    const url = 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/transparency?x=1';
    expect(reportingEndpointOf(url)).toBe('evaluation/transparency');
    expect(reportingEndpointOf('https://dichvucong.gov.vn/jsp/rest.jsp')).toBe('/jsp/rest.jsp');
    expect(reportingUrl(PORTAL_ORIGIN, 'evaluation/transparency')).toBe(url.replace('?x=1', ''));
    expect(isReportingCall(reportingUrl(PORTAL_ORIGIN, 'formalities'), 'POST')).toBe(true);
  });

  it('name the portal and its pages once', () => {
    expect(PORTAL_MATCHES).toEqual([`${PORTAL_ORIGIN}/*`]);
    expect(isPortalUrl(PORTAL_ASSESSMENT_URL)).toBe(true);
    expect(isPortalUrl('https://dichvucong.gov.vn.evil.example/')).toBe(false);
    expect(isPortalUrl(undefined)).toBe(false);
  });
});
