package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.division.DivisionCode;

/**
 * What a bulk import stored.
 *
 * @param community the community imported into
 * @param households households stored
 * @param residents residents stored
 */
public record ImportResult(DivisionCode community, int households, int residents) {}
