package hadath.server.web;

/** "21–40 of 135" under a list, with links to the pages around it; a link is null when there is no such page. */
public record Pager(long first, long last, long total, String previous, String next) {
}
