/**
 * Signed webhooks in the Standard Webhooks style (standardwebhooks.com): an HMAC-SHA256 over
 * {@code id.timestamp.body} with a shared secret, checked in constant time over the raw bytes before
 * anything is parsed, with a tolerance on the timestamp and several secrets active at once so a secret
 * can be rotated without downtime.
 */
package org.triagem.infrastructure.webhook;
