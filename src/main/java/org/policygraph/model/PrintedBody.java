package org.policygraph.model;

/**
 * An issuing body as a header prints it, when the reference data does not hold it ("CỤC THUẾ" under "BỘ TÀI CHÍNH",
 * "SỞ GIÁO DỤC VÀ ĐÀO TẠO" under "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"): its name as printed, its kind from its
 * head word, and the level and unit of the parent it is printed under.
 *
 * @param name       the name as printed, white space folded ("CỤC THUẾ")
 * @param kind       the body kind its head word gives ({@code body-heads.csv}), or null
 * @param parentId   the reference id of the body printed above it, or null
 * @param parentName the parent's name as printed, or null when none is printed
 * @param level      the level it works at (its parent's), or null when unknown
 * @param unit       the administrative unit of its parent, or null
 */
public record PrintedBody(String name, String kind, String parentId, String parentName, Level level, String unit)
        implements java.io.Serializable {}
