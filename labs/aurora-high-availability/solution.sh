# Reference solution for "High availability: replicas, a reader endpoint and failover".
aws rds create-db-instance --db-instance-identifier ha-replica-1 --db-cluster-identifier ha-cluster \
  --engine aurora-mysql --db-instance-class db.r6g.large --availability-zone us-east-1b --promotion-tier 0
aws rds create-db-instance --db-instance-identifier ha-replica-2 --db-cluster-identifier ha-cluster \
  --engine aurora-mysql --db-instance-class db.r6g.large --availability-zone us-east-1c
aws rds wait db-instance-available --db-instance-identifier ha-replica-1
aws rds wait db-instance-available --db-instance-identifier ha-replica-2
aws rds create-db-cluster-endpoint --db-cluster-identifier ha-cluster --db-cluster-endpoint-identifier reporting \
  --endpoint-type READER --static-members ha-replica-2
aws rds failover-db-cluster --db-cluster-identifier ha-cluster
aws rds wait db-cluster-available --db-cluster-identifier ha-cluster
