/**
 * The Hadath server (issue 9): {@link hadath.server.HadathServer} wires the REST API ({@code api}), the web
 * pages ({@code web}) and their pure view logic ({@code view}) into one Javalin app, bound to 127.0.0.1
 * unless told otherwise, writes guarded by {@link hadath.server.AccessToken}.
 */
package hadath.server;
