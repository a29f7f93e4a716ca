/**
 * Whether the person an access token names may still act, and with which of its roles: checked from the database on
 * every request, so that a deactivation or a removed role takes effect from the next request on, whatever the token
 * says. Concurrent requests share one read (see {@link io.panelist.identity.standing.Standings}).
 */
package io.panelist.identity.standing;
