package io.panelist.security;

import io.panelist.support.Answer;
import io.panelist.support.Api;

/** One caller's call of one row, prepared (fresh objects made, body built, ETag read) before it is sent. */
final class MatrixCall {
    final Row row;
    final Caller caller;
    final String path;
    private final Api.Call call;

    private MatrixCall(Row row, Caller caller, String path, Api.Call call) {
        this.row = row;
        this.caller = caller;
        this.path = path;
        this.call = call;
    }

    static MatrixCall prepare(World world, Row row, Caller caller) {
        Object parameter = row.parameter.apply(world);
        String path = row.template;
        // a list fills the path's parameters in order (a webhook and one of its deliveries)
        for (Object value : parameter instanceof java.util.List<?> values ? values : java.util.Collections.singletonList(parameter)) {
            path = value == null ? path : path.replaceFirst("\\{[^}]+}", value.toString());
        }
        String query = row.query.apply(world);
        if (query != null) {
            path = path + "?" + query;
        }
        String token = caller.isPerson() ? (row.freshToken ? world.freshToken(caller) : world.token(caller))
                : world.token(caller);
        Api.Call call = world.api.call(row.method, path).token(token);
        if (row.etagFrom != null) {
            String etag = etag(world, row.etagFrom.apply(parameter), token, world.token(Caller.ANA),
                    world.token(Caller.ADMIN));
            if (etag != null) {
                call.header("If-Match", etag);
            }
        }
        row.headers.apply(world, caller).forEach(call::header);
        if (row.body != null) {
            Object body = row.body.apply(world, caller);
            if (body instanceof AccessMatrix.Form form) {
                call.raw(form.text(), "application/x-www-form-urlencoded");
            } else {
                call.json(body);
            }
        }
        return new MatrixCall(row, caller, path, call);
    }

    Answer send() {
        return call.send();
    }

    int expected() {
        return row.expected.get(caller);
    }

    private static String etag(World world, String readPath, String... tokens) {
        for (String token : tokens) {
            if (token == null) {
                continue;
            }
            Answer read = world.api.get(readPath, token);
            if (read.status() == 200 && read.header("ETag") != null) {
                return read.header("ETag");
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return row.method + " " + path + " as " + caller;
    }
}
