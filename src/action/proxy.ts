// Whether the API is reached through a proxy: the rule @actions/github applies (its
// @actions/http-client's getProxyUrl: https_proxy/HTTPS_PROXY for an https URL, http_proxy/
// HTTP_PROXY for http, none for loopback hosts or a host NO_PROXY names), read from the same
// environment at the time the client is made.
import { getProxyUrl } from '@actions/http-client/lib/proxy';

export function usesProxy(url: string): boolean {
  return Boolean(getProxyUrl(new URL(url))?.hostname);
}
