// A peer process built on the original shmx headers, driven line by line over stdin by the Java
// interop tests: one command per line, exactly one reply line per command ("ok ..." or "err ...").
// Diagnostics go to stderr. The schema comes from the header the processor generated from
// io.shmx.interop.AllTypes, and the values from frame_recipe.hpp (the twin of Recipe.java).
#include "frame_recipe.hpp"
#include "shmx_client.h"
#include "shmx_server.h"
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {
    using Clock  = std::chrono::steady_clock;
    using Schema = recipe::Schema;

    constexpr std::uint32_t CONTROL_TYPE = 0x3000u;

    std::uint64_t now_ticks() {
        return static_cast<std::uint64_t>(Clock::now().time_since_epoch().count());
    }
    double ms_since(Clock::time_point t0) {
        return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    }

    /** Control message `seq`: 8 bytes of seq, then (seq % 23) bytes of (seq + i). */
    std::vector<std::uint8_t> message(std::uint64_t seq) {
        std::vector<std::uint8_t> m(8u + seq % 23u);
        std::memcpy(m.data(), &seq, 8);
        for (std::size_t i = 8; i < m.size(); ++i) m[i] = static_cast<std::uint8_t>(seq + i);
        return m;
    }
    bool message_ok(const std::vector<std::uint8_t>& m, std::uint64_t& seq) {
        if (m.size() < 8) return false;
        std::memcpy(&seq, m.data(), 8);
        return m == message(seq);
    }

    struct Peer {
        shmx::Client client;
        bool client_open = false;
        shmx::Server server;
        std::map<std::uint64_t, std::uint64_t> next_seq_by_reader; // per sender: the seq it sends next
        std::uint64_t begins = 0;                                  // frames begun by this producer, for `publish ... abandon`

        std::string open(const std::string& name, int timeout_ms) {
            const auto t0 = Clock::now();
            do {
                if (client.open(name)) {
                    client_open = true;
                    return "ok open";
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            } while (ms_since(t0) < timeout_ms);
            return "err open " + name;
        }

        /** Reads latest() for up to ms, checking every new frame; stops early at `min` distinct frames. */
        std::string read(int ms, std::uint64_t min) {
            std::uint64_t distinct = 0, bad = 0, rejected = 0, last_fid = 0, last_seq = 0;
            std::string first_bad;
            const auto t0 = Clock::now();
            while (ms_since(t0) < ms && (min == 0 || distinct < min)) {
                shmx::FrameView fv{};
                if (!client.latest(fv)) {
                    if (client.header()->write_index.load(std::memory_order_acquire) != 0u) ++rejected;
                    std::this_thread::sleep_for(std::chrono::microseconds(50));
                    continue;
                }
                const auto fid = fv.fh->frame_id.load(std::memory_order_acquire);
                // 0: the producer began rewriting the slot since latest() validated it; its bytes are
                // in flux, and a re-check of frame_id (still 0) would not tell a torn frame from a bad one
                if (fid == 0 || fid == last_fid) {
                    std::this_thread::sleep_for(std::chrono::microseconds(20));
                    continue;
                }
                shmx::DecodedFrame df;
                (void) shmx::Client::decode(fv, df);
                const std::string why = recipe::check(df);
                // the original reader cannot tell a frame overwritten while it was checked: re-check
                // the frame id before calling it bad
                if (!why.empty() && fv.fh->frame_id.load(std::memory_order_acquire) == fid) {
                    ++bad;
                    if (first_bad.empty()) first_bad = why;
                    std::cerr << "bad frame " << fid << ": " << why << "\n";
                }
                last_fid = fid;
                (void) Schema::read_seq(df, last_seq);
                ++distinct;
            }
            std::ostringstream o;
            o << "ok read distinct=" << distinct << " bad=" << bad << " rejected=" << rejected << " lastseq=" << last_seq;
            if (!first_bad.empty()) o << " first=" << first_bad.substr(0, first_bad.find(' '));
            return o.str();
        }

        /** Opens and closes `name` again and again for ms: a region seen half-created would kill this process (SIGBUS). */
        std::string openloop(const std::string& name, int ms) {
            std::uint64_t opened = 0, failed = 0;
            const auto t0 = Clock::now();
            while (ms_since(t0) < ms) {
                shmx::Client c;
                if (c.open(name)) {
                    shmx::FrameView fv{};
                    (void) c.latest(fv);
                    ++opened;
                } else {
                    ++failed;
                }
            }
            return "ok openloop opened=" + std::to_string(opened) + " failed=" + std::to_string(failed);
        }

        std::string refresh() {
            shmx::StaticState st{};
            const bool ok = client.refresh_static(st);
            std::ostringstream o;
            o << (ok ? "ok" : "err") << " refresh gen=" << st.static_gen << " used=" << st.payload_bytes
              << " streams=" << st.dir.size() << " verify=" << (Schema::verify(st) ? 1 : 0) << " hash=" << st.static_hash;
            return o.str();
        }

        std::string sendseq(std::uint64_t from, std::uint64_t count, int timeout_ms) {
            std::uint64_t sent = 0, refusals = 0;
            const auto t0 = Clock::now();
            for (std::uint64_t s = from; s < from + count; ) {
                const auto m = message(s);
                if (client.control_send(CONTROL_TYPE, m.data(), static_cast<std::uint32_t>(m.size()))) {
                    ++sent;
                    ++s;
                } else {
                    ++refusals;
                    if (ms_since(t0) > timeout_ms) break;
                    std::this_thread::sleep_for(std::chrono::microseconds(100));
                }
            }
            return "ok sendseq sent=" + std::to_string(sent) + " refusals=" + std::to_string(refusals);
        }

        /** Sends messages of seq from, from+1, ... until the ring refuses one. */
        std::string fill(std::uint64_t from) {
            std::uint64_t s = from;
            while (s < from + 100000u) {
                const auto m = message(s);
                if (!client.control_send(CONTROL_TYPE, m.data(), static_cast<std::uint32_t>(m.size()))) break;
                ++s;
            }
            return "ok fill sent=" + std::to_string(s - from);
        }

        std::string header() {
            auto* gh = client_open ? client.header() : const_cast<shmx::GlobalHeader*>(server.header());
            if (gh == nullptr) return "err header none";
            std::ostringstream o;
            o << "ok header readers_connected=" << gh->readers_connected.load() << " write_index=" << gh->write_index.load()
              << " reserve_index=" << gh->reserve_index.load() << " frame_seq=" << gh->frame_seq.load()
              << " session=" << gh->session_id;
            return o.str();
        }

        std::string create(const std::string& name, std::uint32_t slots, std::uint32_t frame_cap, std::uint32_t control,
                           std::uint32_t reader_slots) {
            shmx::Server::Config cfg{.name = name, .slots = slots, .reader_slots = reader_slots, .static_bytes_cap = 4096u,
                                     .frame_bytes_cap = frame_cap, .control_per_reader = control};
            if (!server.create(cfg, Schema::streams())) return "err create " + name;
            return "ok create session=" + std::to_string(server.header()->session_id);
        }

        /** Frames k = from .. from+count-1; blob 0 = the recipe's default size; every `abandon`-th begin (counted over the producer's life) is dropped unpublished. */
        std::string publish(std::uint64_t from, std::uint64_t count, std::uint32_t blob, int pace_us, std::uint64_t abandon) {
            std::uint64_t published = 0, abandoned = 0;
            for (std::uint64_t k = from; k < from + count; ) {
                const auto f = recipe::make(k, blob != 0 ? blob : recipe::default_blob(k));
                auto fm      = server.begin_frame();
                ++begins;
                if (!recipe::append_all(fm, f)) return "err publish frame " + std::to_string(k) + " does not fit";
                if (abandon != 0 && begins % abandon == 0) {
                    ++abandoned; // begun, written, never published
                } else {
                    if (!server.publish_frame(fm, static_cast<double>(k))) return "err publish " + std::to_string(k);
                    ++published;
                    ++k;
                }
                if (pace_us > 0) std::this_thread::sleep_for(std::chrono::microseconds(pace_us));
            }
            return "ok publish published=" + std::to_string(published) + " abandoned=" + std::to_string(abandoned);
        }

        /** Polls until `expect` messages arrived or max_ms passed; checks each one's bytes and per-sender order. */
        std::string pollseq(int max_ms, std::uint64_t expect) {
            std::uint64_t got = 0, bad = 0, zero_ids = 0;
            const auto t0 = Clock::now();
            std::vector<shmx::Server::ControlMsg> msgs;
            while (got < expect && ms_since(t0) < max_ms) {
                (void) server.poll_control(msgs, 256u);
                for (const auto& m : msgs) {
                    std::uint64_t seq = 0;
                    if (m.reader_id == 0) ++zero_ids;
                    auto& next = next_seq_by_reader[m.reader_id];
                    if (m.type != CONTROL_TYPE || !message_ok(m.data, seq) || (next != 0 && seq != next)) {
                        ++bad;
                        std::cerr << "bad control message from " << m.reader_id << " seq " << seq << " expected " << next << "\n";
                    }
                    next = seq + 1;
                    ++got;
                }
                if (msgs.empty()) std::this_thread::sleep_for(std::chrono::microseconds(200));
            }
            return "ok pollseq got=" + std::to_string(got) + " bad=" + std::to_string(bad) + " senders="
                 + std::to_string(next_seq_by_reader.size()) + " zero_ids=" + std::to_string(zero_ids);
        }

        std::string readers() {
            std::ostringstream o;
            std::uint64_t in_use = 0;
            std::ostringstream ids;
            for (const auto& r : server.snapshot_readers()) {
                if (!r.in_use) continue;
                ++in_use;
                ids << (in_use > 1 ? "," : "") << r.reader_id << ":" << r.heartbeat << ":" << r.last_frame_seen;
            }
            o << "ok readers in_use=" << in_use << " connected=" << server.readers_connected() << " slots=" << ids.str();
            return o.str();
        }

        std::string reap(std::uint64_t timeout_ms) {
            const bool any = server.reap_stale_readers(now_ticks(), timeout_ms * 1000000ull);
            return std::string("ok reap any=") + (any ? "1" : "0") + " connected=" + std::to_string(server.readers_connected());
        }

        std::string append(const std::string& text) {
            if (!server.write_static_append(text.data(), static_cast<std::uint32_t>(text.size()))) return "err append";
            return "ok append used=" + std::to_string(server.static_used());
        }

        /** Publish time of a 1-stream frame of `bytes` bytes (stream 19 U8) on a fresh channel: n frames. */
        std::string time(const std::string& name, std::uint32_t bytes, int n) {
            shmx::Server s;
            shmx::Server::Config cfg{.name = name, .slots = 3u, .reader_slots = 4u, .static_bytes_cap = 4096u,
                                     .frame_bytes_cap = bytes + 64u, .control_per_reader = 0u};
            std::vector<shmx::StaticStream> dir{{Schema::blob_stream::id, shmx::DT_U8, 1u, shmx::LAYOUT_SOA_SCALAR, 1u, "blob", {}}};
            if (!s.create(cfg, dir)) return "err time create";
            std::vector<std::uint8_t> data(bytes);
            for (std::uint32_t j = 0; j < bytes; ++j) data[j] = static_cast<std::uint8_t>(j * 31u);
            std::vector<double> us;
            for (int i = 0; i < n; ++i) {
                data[0] = static_cast<std::uint8_t>(i);
                const auto t0 = Clock::now();
                auto fm       = s.begin_frame();
                (void) shmx::Server::append_stream(fm, Schema::blob_stream::id, data.data(), bytes, bytes);
                (void) s.publish_frame(fm, i);
                us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
            }
            std::sort(us.begin(), us.end());
            std::ostringstream o;
            o << "ok time n=" << n << " median_us=" << us[us.size() / 2] << " min_us=" << us.front();
            return o.str();
        }

        std::string run(const std::string& line) {
            std::istringstream in(line);
            std::string cmd;
            in >> cmd;
            if (cmd == "open") { std::string n; int t = 2000; in >> n >> t; return open(n, t); }
            if (cmd == "read") { int ms = 0; std::uint64_t min = 0; in >> ms >> min; return read(ms, min); }
            if (cmd == "refresh") return refresh();
            if (cmd == "openloop") { std::string n; int ms = 0; in >> n >> ms; return openloop(n, ms); }
            if (cmd == "sendseq") { std::uint64_t f = 1, c = 0; int t = 5000; in >> f >> c >> t; return sendseq(f, c, t); }
            if (cmd == "fill") { std::uint64_t f = 1; in >> f; return fill(f); }
            if (cmd == "close") { client.close(); client_open = false; return "ok close"; }
            if (cmd == "header") return header();
            if (cmd == "create") {
                std::string n; std::uint32_t s = 4, cap = 65536, ctl = 4096, rs = 16;
                in >> n >> s >> cap >> ctl >> rs;
                return create(n, s, cap, ctl, rs);
            }
            if (cmd == "publish") {
                std::uint64_t f = 1, c = 1, ab = 0; std::uint32_t b = 0; int pace = 0;
                in >> f >> c >> b >> pace >> ab;
                return publish(f, c, b, pace, ab);
            }
            if (cmd == "pollseq") { int ms = 0; std::uint64_t e = 0; in >> ms >> e; return pollseq(ms, e); }
            if (cmd == "readers") return readers();
            if (cmd == "reap") { std::uint64_t t = 0; in >> t; return reap(t); }
            if (cmd == "append") { std::string t; in >> t; return append(t); }
            if (cmd == "time") { std::string n; std::uint32_t b = 0; int c = 0; in >> n >> b >> c; return time(n, b, c); }
            if (cmd == "destroy") { server.destroy(); return "ok destroy"; }
            if (cmd == "sleep") { int ms = 0; in >> ms; std::this_thread::sleep_for(std::chrono::milliseconds(ms)); return "ok sleep"; }
            return "err unknown command '" + cmd + "'";
        }
    };
}

int main() {
    std::ios::sync_with_stdio(false);
    Peer peer;
    std::string line;
    std::cout << "ok ready" << std::endl;
    while (std::getline(std::cin, line)) {
        if (line == "quit") break;
        if (line.empty()) continue;
        std::cout << peer.run(line) << std::endl;
    }
    return 0;
}
