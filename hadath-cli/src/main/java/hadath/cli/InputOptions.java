package hadath.cli;

/** The --max-size and --html options that analyze and ingest share, parsed into bad-input errors. */
final class InputOptions {

    private InputOptions() {
    }

    static long size(String maxSize) throws BadInputException {
        try {
            return InputLimits.parseSize(maxSize);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--max-size", e.getMessage());
        }
    }

    static ArticleReader.HtmlPolicy html(String html) throws BadInputException {
        return switch (html) {
            case "refuse" -> ArticleReader.HtmlPolicy.REFUSE;
            case "strip" -> ArticleReader.HtmlPolicy.STRIP;
            default -> throw new BadInputException("--html", "unknown policy '" + html + "'; expected refuse or strip");
        };
    }
}
