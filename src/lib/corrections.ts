/**
 * Where readers report a mistake. The address is a deploy setting: SITE_CORRECTIONS_CONTACT
 * (a mailto: or https: URL), with site.config.ts's value as the default. A build for a real site
 * (any SITE_URL but a local or example host) fails while the contact is still a placeholder.
 */

/** Hosts that mark a contact or a site URL as a placeholder, not a real deploy. */
const PLACEHOLDER_HOSTS = /(^|\.)(example\.(org|com|net)|localhost|127\.0\.0\.1)$/i;

function hostOf(url: string): string {
  if (url.startsWith('mailto:')) return url.slice('mailto:'.length).split('?')[0]!.split('@')[1] ?? '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function isPlaceholderContact(contact: string): boolean {
  return contact.trim() === '' || PLACEHOLDER_HOSTS.test(hostOf(contact));
}

/** A build for localhost, 127.0.0.1 or an example.* host (the test builds) is not a real deploy. */
export function isRealSite(siteUrl: string): boolean {
  return !PLACEHOLDER_HOSTS.test(hostOf(siteUrl)) && !/(^|\.)example\.github\.io$/i.test(hostOf(siteUrl));
}

/** Problems with the contact, as messages that say the fix; [] when it is fine. */
export function correctionsContactProblems(contact: string, siteUrl: string): string[] {
  if (!/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/.test(contact)) {
    return [
      `corrections contact "${contact}" must be a mailto: address or an https:// URL. Fix: set SITE_CORRECTIONS_CONTACT.`,
    ];
  }
  if (isRealSite(siteUrl) && isPlaceholderContact(contact)) {
    return [
      `corrections contact "${contact}" is a placeholder, but this build is for ${siteUrl}. ` +
        'Fix: set SITE_CORRECTIONS_CONTACT (e.g. "mailto:corrections@your-domain" or an https:// form) in the deploy environment, or change correctionsContact in src/site.config.ts.',
    ];
  }
  return [];
}

/**
 * A mailto header value, percent-encoded where it must be: ":", "/", "," and "@" stay as they are
 * (a URL's query may hold them), so the page's address in the body reads as itself and costs fewer
 * bytes on every article.
 */
const mailtoValue = (text: string) => encodeURIComponent(text).replace(/%(3A|2F|2C|40)/g, decodeURIComponent);

/** The "Report a mistake" link for a page: a mailto with the page named in the subject, or the form URL. */
export function reportMistakeHref(contact: string, pageTitle: string, pageUrl: string): string {
  if (!contact.startsWith('mailto:')) return contact;
  const subject = mailtoValue(`Correction: ${pageTitle}`);
  const body = mailtoValue(`Page: ${pageUrl}\n\nWhat is wrong, and the source that shows it:\n`);
  return `${contact}${contact.includes('?') ? '&' : '?'}subject=${subject}&body=${body}`;
}
