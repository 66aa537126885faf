/**
 * The HTTP API's conventions shared by every module: RFC 9457 problems, request size limits and
 * the OpenAPI description.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web conventions")
package org.mizan.web;
