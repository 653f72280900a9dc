package org.alliances.resources.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PostgreSQL's text form of a tsvector ({@code 'lexem':1A,5,9B 'other':3}) and computes, for each lexeme, its
 * share of {@code ts_rank} exactly as PostgreSQL does for a query of several words joined by "or"
 * ({@code calc_rank_or} in {@code tsrank.c}, default weights {0.1, 0.2, 0.4, 1.0} for D, C, B, A): the sum over a
 * lexeme's positions of weight / rank², plus the best weight, over π²/6. Float arithmetic is kept as PostgreSQL's, so
 * that the in-memory ranking is PostgreSQL's to the last bit.
 */
public final class TsVector {

    /** Weights of the classes D, C, B, A (PostgreSQL's defaults for ts_rank). */
    static final float[] WEIGHTS = {0.1f, 0.2f, 0.4f, 1.0f};
    /** The limit of the sum of 1/i², as tsrank.c writes it. */
    static final double PI_SQUARED_OVER_SIX = 1.64493406685;

    private TsVector() {
    }

    /** Each lexeme with its share of the rank, in the order of the text. */
    public static Map<String, Float> contributions(String text) {
        var result = new LinkedHashMap<String, Float>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (text.charAt(i) != '\'') {
                i++;
                continue;
            }
            var lexeme = new StringBuilder();
            i++;
            while (i < length) {
                char c = text.charAt(i);
                if (c == '\'') {
                    if (i + 1 < length && text.charAt(i + 1) == '\'') {
                        lexeme.append('\'');
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                if (c == '\\' && i + 1 < length) {
                    lexeme.append(text.charAt(i + 1));
                    i += 2;
                    continue;
                }
                lexeme.append(c);
                i++;
            }
            var weights = new ArrayList<Integer>();
            if (i < length && text.charAt(i) == ':') {
                i++;
                while (i < length && text.charAt(i) != ' ') {
                    int start = i;
                    while (i < length && Character.isDigit(text.charAt(i))) {
                        i++;
                    }
                    int weight = 0;
                    if (i < length && text.charAt(i) >= 'A' && text.charAt(i) <= 'D') {
                        weight = 'D' - text.charAt(i);
                        i++;
                    }
                    if (i > start) {
                        weights.add(weight);
                    }
                    if (i < length && text.charAt(i) == ',') {
                        i++;
                    }
                }
            } else {
                weights.add(0);
            }
            result.put(lexeme.toString(), contribution(weights));
        }
        return result;
    }

    /** One lexeme's share of ts_rank, from the weight class of each of its positions (0 = D … 3 = A) in order. */
    static float contribution(List<Integer> weightClasses) {
        float resj = 0.0f;
        float wjm = -1.0f;
        int jm = 0;
        for (int j = 0; j < weightClasses.size(); j++) {
            float w = WEIGHTS[weightClasses.get(j)];
            resj = resj + w / ((j + 1) * (j + 1));
            if (w > wjm) {
                wjm = w;
                jm = j;
            }
        }
        return wjm + resj - wjm / ((jm + 1) * (jm + 1));
    }

    /** A lexeme's part of the rank: its share divided as ts_rank divides it (in double, before adding in float). */
    static double part(float share) {
        return share / PI_SQUARED_OVER_SIX;
    }

    /** ts_rank from the parts of the lexemes, added in the order PostgreSQL adds them: the same float as {@link #rank}. */
    static float rankOfParts(double[] partsInQueryOrder) {
        float res = 0.0f;
        for (double part : partsInQueryOrder) {
            res = (float) (res + part);
        }
        if (partsInQueryOrder.length > 0) {
            res = res / partsInQueryOrder.length;
        }
        if (res < 0) {
            res = 1e-20f;
        }
        return res;
    }

    /** ts_rank of a document for the "or" of these lexemes' shares, added in the order PostgreSQL adds them. */
    static float rank(float[] sharesInQueryOrder) {
        float res = 0.0f;
        for (float share : sharesInQueryOrder) {
            res = (float) (res + share / PI_SQUARED_OVER_SIX);
        }
        if (sharesInQueryOrder.length > 0) {
            res = res / sharesInQueryOrder.length;
        }
        if (res < 0) {
            res = 1e-20f;
        }
        return res;
    }
}
