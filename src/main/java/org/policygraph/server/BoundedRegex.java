package org.policygraph.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Regular expressions that stop at the time-out. ARQ checks its time-out between solutions, so one {@code regex()}
 * with catastrophic backtracking over a long literal (a document's whole text) would run on for minutes. Queries are
 * therefore rewritten so that {@code REGEX} and {@code REPLACE} run Java's matcher over a character sequence that
 * checks, every thousand characters read, the query's cancel signal and a deadline of the time-out from the first
 * match of the query; past either, the query is cancelled.
 */
final class BoundedRegex {
    static final String REGEX = "urn:x-policy-graph:function:bounded-regex";
    static final String REPLACE = "urn:x-policy-graph:function:bounded-replace";

    static {
        FunctionRegistry.get().put(REGEX, uri -> new Call(false));
        FunctionRegistry.get().put(REPLACE, uri -> new Call(true));
    }

    private BoundedRegex() {}

    /** The query with every REGEX and REPLACE bounded by {@code timeoutMillis}. */
    static Query bound(Query q, long timeoutMillis) {
        NodeValue limit = NodeValue.makeInteger(timeoutMillis);
        ExprTransformCopy transform = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) return new E_Function(REGEX, prepend(limit, args));
                if (func instanceof E_StrReplace) return new E_Function(REPLACE, prepend(limit, args));
                return super.transform(func, args);
            }
        };
        return QueryTransformOps.transform(q, new ElementTransformCopyBase(), transform);
    }

    private static ExprList prepend(NodeValue first, ExprList args) {
        ExprList out = new ExprList(first);
        args.forEach(out::add);
        return out;
    }

    /** One REGEX or REPLACE of one query: (time-out, text, pattern[, replacement][, flags]). */
    private static final class Call extends FunctionBase {
        private final boolean replace;
        private long deadline;
        private String patternText, flagsText;
        private Pattern pattern;

        Call(boolean replace) { this.replace = replace; }

        @Override
        public void checkBuild(String uri, ExprList args) {
            int min = replace ? 4 : 3;
            if (args.size() < min || args.size() > min + 1) throw new org.apache.jena.query.QueryBuildException(
                    (replace ? "REPLACE" : "REGEX") + ": wrong number of arguments");
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            long timeout = args.get(0).getInteger().longValue();
            if (deadline == 0) deadline = System.nanoTime() + timeout * 1_000_000L;
            AtomicBoolean cancel = env instanceof ExecutionContext cx ? cx.getCancelSignal() : null;
            NodeValue text = args.get(1);
            if (!text.isString() && !text.isLangString()) throw new ExprEvalException("not a string: " + text);
            int flagsAt = replace ? 4 : 3;
            Pattern p = pattern(args.get(2).getString(), args.size() > flagsAt ? args.get(flagsAt).getString() : null);
            Matcher m = p.matcher(new Checked(text.getString(), deadline, cancel));
            if (!replace) return NodeValue.makeBoolean(m.find());
            String out = m.replaceAll(args.get(3).getString());
            Node n = text.asNode();
            return n.getLiteralLanguage().isEmpty() ? NodeValue.makeString(out) : NodeValue.makeLangString(out, n.getLiteralLanguage());
        }

        private Pattern pattern(String text, String flags) {
            if (pattern == null || !text.equals(patternText) || !java.util.Objects.equals(flags, flagsText)) {
                pattern = RegexEngine.makePattern(replace ? "replace" : "regex", text, flags);
                patternText = text;
                flagsText = flags;
            }
            return pattern;
        }

        @Override
        public NodeValue exec(List<NodeValue> args) { return exec(args, null); }
    }

    /** A string that stops the query when read past the deadline or after the query was cancelled. */
    static final class Checked implements CharSequence {
        private final String s;
        private final long deadline;
        private final AtomicBoolean cancel;
        private int reads;

        Checked(String s, long deadline, AtomicBoolean cancel) {
            this.s = s;
            this.deadline = deadline;
            this.cancel = cancel;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0x3FF) == 0 && (System.nanoTime() > deadline || (cancel != null && cancel.get())))
                throw new QueryCancelledException();
            return s.charAt(index);
        }

        @Override public int length() { return s.length(); }
        @Override public CharSequence subSequence(int start, int end) { return new Checked(s.substring(start, end), deadline, cancel); }
        @Override public String toString() { return s; }
    }
}
