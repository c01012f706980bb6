#!/usr/bin/env python3
"""Writes the Grafana dashboards in dashboards/ (committed; Grafana reads the JSON, not this script).

Run it after changing a panel here: python3 infra/deploy/grafana/generate-dashboards.py
DashboardsTest checks the result: valid JSON, unique uids, a Prometheus data source and a query on every panel, and only
metric names from src/test/resources/known-metrics.txt.
"""
import json
import os

DS = {"type": "prometheus", "uid": "prometheus"}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dashboards")

RATE = "$__rate_interval"


class Layout:
    """Places panels left to right, two per row (or full width)."""

    def __init__(self):
        self.x, self.y, self.next_id = 0, 0, 1

    def panel(self, title, targets, unit="short", kind="timeseries", width=12, height=8, description=None,
              stat_thresholds=None):
        if self.x + width > 24:
            self.x, self.y = 0, self.y + height
        panel = {
            "id": self.next_id,
            "type": kind,
            "title": title,
            "datasource": DS,
            "gridPos": {"h": height, "w": width, "x": self.x, "y": self.y},
            "targets": [
                {"refId": chr(ord("A") + i), "datasource": DS, "expr": expr, "legendFormat": legend}
                for i, (expr, legend) in enumerate(targets)
            ],
            "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
            "options": {},
        }
        if description:
            panel["description"] = description
        if kind == "timeseries":
            panel["options"] = {"legend": {"displayMode": "table", "placement": "bottom", "calcs": ["lastNotNull", "max"]},
                                "tooltip": {"mode": "multi"}}
        if stat_thresholds:
            panel["fieldConfig"]["defaults"]["thresholds"] = {"mode": "absolute", "steps": stat_thresholds}
            panel["fieldConfig"]["defaults"]["color"] = {"mode": "thresholds"}
        self.next_id += 1
        self.x += width
        if self.x >= 24:
            self.x, self.y = 0, self.y + height
        return panel


UP_THRESHOLDS = [{"color": "red", "value": None}, {"color": "green", "value": 1}]


def dashboard(uid, title, panels, templating=None, description=""):
    return {
        "uid": uid,
        "title": title,
        "description": description,
        "tags": ["lienhiep"],
        "timezone": "browser",
        "editable": False,
        "graphTooltip": 1,
        "schemaVersion": 39,
        "version": 1,
        "refresh": "30s",
        "time": {"from": "now-6h", "to": "now"},
        "templating": {"list": templating or []},
        "annotations": {"list": []},
        "links": [{"title": "Liên hiệp Hội", "type": "dashboards", "tags": ["lienhiep"], "asDropdown": True}],
        "panels": panels,
    }


def instance_variable(service):
    return {
        "name": "instance",
        "label": "Phiên bản / Instance",
        "type": "query",
        "datasource": DS,
        "query": {"query": f'label_values(up{{service="{service}"}}, instance)', "refId": "instance"},
        "definition": f'label_values(up{{service="{service}"}}, instance)',
        "includeAll": True,
        "multi": True,
        "current": {"text": "All", "value": "$__all"},
        "refresh": 2,
    }


def overview():
    l = Layout()
    panels = [
        l.panel("Dịch vụ đang chạy / Services up", [("min by (service) (up)", "{{service}}")], kind="stat", width=24,
                height=5, stat_thresholds=UP_THRESHOLDS),
        l.panel("Yêu cầu mỗi giây / Request rate",
                [(f"sum by (service) (rate(http_server_requests_seconds_count[{RATE}]))", "{{service}}")], unit="reqps"),
        l.panel("Độ trễ p95 / p95 latency",
                [(f"histogram_quantile(0.95, sum by (service, le) (rate(http_server_requests_seconds_bucket[{RATE}])))",
                  "{{service}}")], unit="s"),
        l.panel("Tỷ lệ lỗi 5xx / 5xx error ratio",
                [(f'sum by (service) (rate(http_server_requests_seconds_count{{status=~"5.."}}[{RATE}])) / '
                  f"sum by (service) (rate(http_server_requests_seconds_count[{RATE}]))", "{{service}}")],
                unit="percentunit", description="Cảnh báo khi trên 1% trong 5 phút / Alert above 1% for 5 minutes"),
        l.panel("Sự kiện công khai đã phát, theo loại / Public events published by type",
                [(f"sum by (type) (rate(lienhiep_events_published_total[{RATE}]))", "{{type}}")], unit="ops"),
        l.panel("Độ trễ bộ xử lý sự kiện (số sự kiện) / Event-processor lag (events)",
                [("max by (service, processor) (lienhiep_processor_lag_events)", "{{service}} {{processor}}")]),
        l.panel("Độ trễ bên nhận Kafka (bản ghi) / Kafka consumer lag (records)",
                [("max by (service, client_id) (kafka_consumer_fetch_manager_records_lag_max)",
                  "{{service}} {{client_id}}")]),
        l.panel("Bản ghi vào dead-letter (1 giờ) / Dead-lettered records (1 h)",
                [("sum by (service, subscription) (increase(lienhiep_consumer_deadletters_total[1h]))",
                  "{{service}} {{subscription}}")]),
        l.panel("Bộ nhớ heap đã dùng / JVM heap used",
                [('sum by (service) (jvm_memory_used_bytes{area="heap"}) / '
                  'sum by (service) (jvm_memory_max_bytes{area="heap"} > 0)', "{{service}}")],
                unit="percentunit"),
    ]
    return dashboard("lienhiep-overview", "Liên hiệp Hội — Tổng quan nền tảng / Platform overview", panels,
                     description="Tình trạng mọi dịch vụ / Health of every service")


def service_dashboard(uid, service, title, event_sourced):
    sel = f'service="{service}", instance=~"$instance"'
    l = Layout()
    panels = [
        l.panel("Đang chạy / Up", [(f"up{{{sel}}}", "{{instance}}")], kind="stat", width=24, height=4,
                stat_thresholds=UP_THRESHOLDS),
        l.panel("Yêu cầu mỗi giây theo đường dẫn / Requests per second by URI",
                [(f"sum by (uri) (rate(http_server_requests_seconds_count{{{sel}}}[{RATE}]))", "{{uri}}")],
                unit="reqps"),
        l.panel("Độ trễ p95 theo đường dẫn / p95 latency by URI",
                [(f"histogram_quantile(0.95, sum by (uri, le) "
                  f"(rate(http_server_requests_seconds_bucket{{{sel}}}[{RATE}])))", "{{uri}}")], unit="s"),
        l.panel("Mã trạng thái / Responses by status",
                [(f"sum by (status) (rate(http_server_requests_seconds_count{{{sel}}}[{RATE}]))", "{{status}}")],
                unit="reqps", description="401/403: từ chối truy cập; 429: vượt giới hạn; 5xx: lỗi máy chủ / "
                                          "401/403 refused; 429 rate-limited; 5xx server errors"),
        l.panel("Tỷ lệ lỗi 5xx / 5xx error ratio",
                [(f'sum(rate(http_server_requests_seconds_count{{{sel}, status=~"5.."}}[{RATE}])) / '
                  f"sum(rate(http_server_requests_seconds_count{{{sel}}}[{RATE}]))", "5xx")], unit="percentunit"),
        l.panel("Bộ nhớ heap / JVM heap",
                [(f'sum by (instance) (jvm_memory_used_bytes{{{sel}, area="heap"}})', "dùng / used {{instance}}"),
                 (f'sum by (instance) (jvm_memory_max_bytes{{{sel}, area="heap"}} > 0)', "tối đa / max {{instance}}")],
                unit="bytes"),
        l.panel("CPU của tiến trình / Process CPU",
                [(f"process_cpu_usage{{{sel}}}", "{{instance}}")], unit="percentunit"),
        l.panel("Luồng / Live threads", [(f"jvm_threads_live_threads{{{sel}}}", "{{instance}}")]),
    ]
    if event_sourced:
        panels += [
            l.panel("Sự kiện miền đã ghi, theo loại / Domain events committed by type",
                    [(f"sum by (type) (rate(lienhiep_domain_events_total{{{sel}}}[{RATE}]))", "{{type}}")], unit="ops"),
            l.panel("Lệnh xử lý, theo loại / Commands handled by type",
                    [(f"sum by (payloadType) (rate(commandBus_allTimer_seconds_count{{{sel}}}[{RATE}]))",
                      "{{payloadType}}")], unit="ops"),
            l.panel("Độ trễ bộ xử lý (số sự kiện) / Processor lag (events)",
                    [(f"max by (processor) (lienhiep_processor_lag_events{{{sel}}})", "{{processor}}")]),
            l.panel("Độ trễ bộ xử lý (thời gian) / Processor lag (time)",
                    [(f"max by (processorName) (eventProcessor_latency{{{sel}}})", "{{processorName}}")], unit="ms",
                    description="Tuổi của sự kiện cuối cùng đã xử lý (Axon) / Age of the last handled event (Axon)"),
            l.panel("Phân đoạn đang giữ / Segments claimed",
                    [(f"sum by (processor) (lienhiep_processor_segments_claimed{{{sel}}})", "{{processor}}")],
                    description="0 = bộ xử lý không chạy / 0 = the processor is not running"),
            l.panel("Đầu sổ sự kiện / Event store head",
                    [(f"max(lienhiep_eventstore_head{{{sel}}})", "globalIndex")]),
            l.panel("Sự kiện công khai đã phát / Public events published",
                    [(f"sum by (type) (rate(lienhiep_events_published_total{{{sel}}}[{RATE}]))", "{{type}}")],
                    unit="ops"),
            l.panel("Sự kiện nhận được, theo kết quả / Public events received by outcome",
                    [(f"sum by (subscription, outcome) (rate(lienhiep_consumer_events_total{{{sel}}}[{RATE}]))",
                      "{{subscription}} {{outcome}}")], unit="ops"),
            l.panel("Bản ghi vào dead-letter (1 giờ) / Dead-lettered records (1 h)",
                    [(f"sum by (subscription) (increase(lienhiep_consumer_deadletters_total{{{sel}}}[1h]))",
                      "{{subscription}}")]),
            l.panel("Kết nối cơ sở dữ liệu / Database connections",
                    [(f"sum(hikaricp_connections_active{{{sel}}})", "đang dùng / active"),
                     (f"sum(hikaricp_connections_pending{{{sel}}})", "đang chờ / pending")]),
        ]
    return dashboard(uid, title, panels, templating=[instance_variable(service)])


def event_flow():
    l = Layout()
    panels = [
        l.panel("Sự kiện miền đã ghi / Domain events committed",
                [(f"sum by (service, type) (rate(lienhiep_domain_events_total[{RATE}]))", "{{service}} {{type}}")],
                unit="ops"),
        l.panel("Sự kiện công khai đã phát lên Kafka / Public events handed to Kafka",
                [(f"sum by (service, type) (rate(lienhiep_events_published_total[{RATE}]))", "{{service}} {{type}}")],
                unit="ops"),
        l.panel("Sự kiện nhận được, theo kết quả / Public events received by outcome",
                [(f"sum by (service, subscription, outcome) (rate(lienhiep_consumer_events_total[{RATE}]))",
                  "{{service}} {{subscription}} {{outcome}}")], unit="ops",
                description="handled / duplicate / ignored"),
        l.panel("Bản ghi Kafka đã đọc / Kafka records consumed",
                [(f"sum by (service) (rate(kafka_consumer_fetch_manager_records_consumed_total[{RATE}]))",
                  "{{service}}")], unit="ops"),
        l.panel("Độ trễ bên nhận Kafka (bản ghi) / Kafka consumer lag (records)",
                [("max by (service, client_id) (kafka_consumer_fetch_manager_records_lag_max)",
                  "{{service}} {{client_id}}")]),
        l.panel("Bản ghi vào dead-letter (1 giờ) / Dead-lettered records (1 h)",
                [("sum by (service, subscription) (increase(lienhiep_consumer_deadletters_total[1h]))",
                  "{{service}} {{subscription}}")]),
        l.panel("Độ trễ bộ xử lý (số sự kiện) / Event-processor lag (events)",
                [("max by (service, processor) (lienhiep_processor_lag_events)", "{{service}} {{processor}}")]),
        l.panel("Đầu sổ sự kiện (tăng trong 5 phút) / Event store head (growth over 5 min)",
                [("max by (service) (delta(lienhiep_eventstore_head[5m]))", "{{service}}")]),
    ]
    return dashboard("lienhiep-event-flow", "Liên hiệp Hội — Luồng sự kiện và Kafka / Event flow and Kafka", panels,
                     description="Từ sổ sự kiện tới Kafka tới bên nhận / From event store to Kafka to consumers")


def main():
    os.makedirs(OUT, exist_ok=True)
    boards = {
        "overview.json": overview(),
        "event-flow.json": event_flow(),
        "membership.json": service_dashboard("lienhiep-membership", "membership-service",
                                             "Liên hiệp Hội — Hội viên / Membership service", True),
        "review.json": service_dashboard("lienhiep-review", "review-service",
                                         "Liên hiệp Hội — Tư vấn phản biện / Review service", True),
        "contest.json": service_dashboard("lienhiep-contest", "contest-service",
                                          "Liên hiệp Hội — Hội thi sáng tạo / Contest service", True),
        "honours.json": service_dashboard("lienhiep-honours", "honours-service",
                                          "Liên hiệp Hội — Tôn vinh / Honours service", True),
        "gateway.json": service_dashboard("lienhiep-gateway", "gateway",
                                          "Liên hiệp Hội — Cổng API / Gateway", False),
    }
    for name, board in boards.items():
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(board, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
